import { canonicalJson } from './canonical-json.js';
import { sha256Hex } from './sha256.js';

/**
 * The content fingerprint of a rule set or the legal data: `sha256:` and the
 * SHA-256 of its canonical JSON (UTF-8). Reformatting a file or reordering its
 * keys leaves it unchanged; changing any value changes it. The `$schema` key
 * is an editor hint, not content, and is left out.
 */
export function fingerprint(value: object): string {
  const { $schema: _editorHint, ...content } = value as Record<string, unknown>;
  return `sha256:${sha256Hex(new TextEncoder().encode(canonicalJson(content)))}`;
}
