// The workspace index: every HA file known to the service (open or on disk), parsed once per version.
// Rules that span files and completions that name things in other files read it; nothing here touches disk.
import type { LanguageId, ParsedDocument } from '../types';
import { LineIndex } from '../text';

export type Parser = (language: LanguageId, text: string, uri: string) => unknown;

export class WorkspaceIndex {
  private readonly docs = new Map<string, ParsedDocument>();
  /** uris of documents an editor has open: their text wins over the disk copy. */
  private readonly open = new Set<string>();
  private generation = 0;
  /** Other files of the workspace folders (scripts the HA files call): uri → executable. */
  private readonly others = new Map<string, boolean>();

  constructor(private readonly parser: Parser) {}

  /** Bumped on every change, so cross-file caches know when to recompute. */
  get version(): number {
    return this.generation;
  }

  /** Add or replace a document; the tree is reused when the version and text are unchanged. */
  upsert(uri: string, language: LanguageId, version: number, text: string, isOpen = false): ParsedDocument {
    if (isOpen) this.open.add(uri);
    const old = this.docs.get(uri);
    if (old && old.version === version && old.language === language && old.text === text) return old;
    const doc: ParsedDocument = {
      uri,
      language,
      version,
      text,
      lines: new LineIndex(text),
      tree: this.parser(language, text, uri),
    };
    this.docs.set(uri, doc);
    this.generation++;
    return doc;
  }

  /** A file changed on disk: ignored while an editor has it open. */
  upsertFromDisk(uri: string, language: LanguageId, text: string): void {
    if (this.open.has(uri)) return;
    const old = this.docs.get(uri);
    this.upsert(uri, language, (old?.version ?? 0) + 1, text);
  }

  /** The editor closed the document; `diskText` (if the file exists) becomes the indexed copy. */
  close(uri: string, diskText?: string): void {
    this.open.delete(uri);
    const old = this.docs.get(uri);
    if (diskText === undefined || !old) this.remove(uri);
    else this.upsert(uri, old.language, old.version + 1, diskText);
  }

  remove(uri: string): void {
    if (this.docs.delete(uri)) this.generation++;
    this.open.delete(uri);
  }

  get(uri: string): ParsedDocument | undefined {
    return this.docs.get(uri);
  }

  isOpen(uri: string): boolean {
    return this.open.has(uri);
  }

  /** All indexed documents, optionally of one dialect. */
  *documents(language?: LanguageId): IterableIterator<ParsedDocument> {
    for (const d of this.docs.values()) if (!language || d.language === language) yield d;
  }

  /** Record a non-HA file (a script) and whether it is executable; the node layer stats it. */
  noteFile(uri: string, executable: boolean): void {
    if (this.others.get(uri) === executable) return;
    this.others.set(uri, executable);
    this.generation++;
  }

  forgetFile(uri: string): void {
    if (this.others.delete(uri)) this.generation++;
  }

  /** The non-HA files recorded with noteFile: uri → executable. */
  otherFiles(): ReadonlyMap<string, boolean> {
    return this.others;
  }

  get size(): number {
    return this.docs.size;
  }
}
