import * as zlib from "node:zlib";
import type { PartDeflate } from "../../workbook/excel/packageZip";
import { nodeZipCodec } from "../read/nodeZipCodec";

/**
 * The writer's deflating on Node's own zlib: native code deflates a result workbook's parts
 * several times faster than fflate's JavaScript, which still writes the zip's records.
 */
export const nodeDeflate: PartDeflate = {
  deflateRaw: (data) => zlib.deflateRawSync(data, { level: 1 }),
  crc32: nodeZipCodec.crc32,
};
