// A source map carried in a `data:` URL (an inline `//# sourceMappingURL=data:...` comment),
// decoded as Node decodes it: base64 or percent-encoded, then JSON. The preload (vm-run
// modules' maps), the CLI's reading of the answers written as modules loaded, and the maps
// read from disk all take this one decoding.

/** The map in a data URL's body (what follows its comma): throws where it does not decode. */
export function mapOfDataBody(body: string, base64: boolean): unknown {
  return JSON.parse(base64 ? Buffer.from(body, 'base64').toString('utf8') : decodeURIComponent(body)) as unknown;
}

/** The map in a whole `data:` URL: throws where it does not decode. */
export function mapOfDataUrl(url: string): unknown {
  const comma = url.indexOf(',');
  return mapOfDataBody(url.slice(comma + 1), url.slice(0, comma).includes(';base64'));
}
