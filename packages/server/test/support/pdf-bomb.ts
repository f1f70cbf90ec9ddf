import { deflateSync } from 'node:zlib';

/**
 * A one-page PDF whose page tree sits in an object stream padded with `paddingMb` megabytes of
 * zeros, which deflate about a thousand to one: reading its page count inflates all of it. With
 * hundreds of megabytes, a file well under 1 MB is a "zip bomb".
 */
export function objectStreamPdf(paddingMb: number): Buffer {
  const header = '2 0 ';
  const pageTree = Buffer.from(`${header}<< /Type /Pages /Kids [3 0 R] /Count 1 >>\n`, 'latin1');
  const objectStream = deflateSync(Buffer.concat([pageTree, Buffer.alloc(paddingMb * 1024 * 1024)]), { level: 9 });
  const parts: Buffer[] = [];
  let length = 0;
  const offsets: number[] = [0];
  const write = (chunk: string | Buffer) => {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    parts.push(bytes);
    length += bytes.length;
  };
  const object = (number: number, text: string, stream?: Buffer) => {
    offsets[number] = length;
    write(`${number} 0 obj\n${text}\n`);
    if (stream) write(Buffer.concat([Buffer.from('stream\n'), stream, Buffer.from('\nendstream\n')]));
    write('endobj\n');
  };
  write('%PDF-1.7\n');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
  object(4, `<< /Type /ObjStm /N 1 /First ${header.length} /Filter /FlateDecode /Length ${objectStream.length} >>`, objectStream);
  // A cross-reference stream: object 2 is the first object of object stream 4.
  const entry = (type: number, field2: number, field3: number) => {
    const row = Buffer.alloc(7);
    row[0] = type;
    row.writeUInt32BE(field2, 1);
    row.writeUInt16BE(field3, 5);
    return row;
  };
  offsets[5] = length;
  const table = Buffer.concat([entry(0, 0, 65535), entry(1, offsets[1]!, 0), entry(2, 4, 0), entry(1, offsets[3]!, 0), entry(1, offsets[4]!, 0), entry(1, offsets[5], 0)]);
  object(5, `<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Length ${table.length} >>`, table);
  write(`startxref\n${offsets[5]}\n%%EOF\n`);
  return Buffer.concat(parts);
}
