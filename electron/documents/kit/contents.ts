/**
 * A table of contents written with its entries: Word's TOC field over Heading 1–2 in a Table of Contents
 * content control, one entry per heading made through it, linked to a bookmark on the heading, with a
 * page-number field Word fills when it refreshes the table on opening. Until then (and in an application
 * that does not refresh it) the entries show as they are written.
 *
 * The headings are known as the layout makes them, so the entries are written from them rather than found
 * by reading the whole written body back, which would cost a long document as much again.
 */
import {
  Bookmark,
  FileChild,
  InternalHyperlink,
  NextAttributeComponent,
  Paragraph,
  Tab,
  TextRun,
  XmlComponent,
  type IContext,
  type IXmlableObject,
} from 'docx';
import { STYLE } from './styles';

type Attributes = Record<string, string | number | boolean>;

/** An element as Word writes it, for the parts of a field docx has no public class for. */
class Element extends XmlComponent {
  constructor(name: string, attributes: Attributes = {}, children: (XmlComponent | string)[] = []) {
    super(name);
    const entries = Object.entries(attributes);
    if (entries.length > 0) this.root.push(new NextAttributeComponent(Object.fromEntries(entries.map(([key, value]) => [key, { key, value }]))));
    this.root.push(...children);
  }
}

const fieldChar = (type: 'begin' | 'separate' | 'end', dirty?: boolean) => new Element('w:fldChar', { 'w:fldCharType': type, ...(dirty ? { 'w:dirty': true } : {}) });
const instruction = (text: string) => new Element('w:instrText', { 'xml:space': 'preserve' }, [text]);

interface Entry {
  level: 1 | 2;
  text: string;
  bookmark: string;
}

/** The block holding the table: its content control, filled in with the entries when the document is packed. */
class ContentsBlock extends FileChild {
  private filled = false;

  constructor(
    private readonly alias: string,
    private readonly entries: readonly Entry[],
  ) {
    super('w:sdt');
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    if (!this.filled) {
      this.filled = true;
      this.root.push(
        new Element('w:sdtPr', {}, [
          new Element('w:alias', { 'w:val': this.alias }),
          new Element('w:docPartObj', {}, [new Element('w:docPartGallery', { 'w:val': 'Table of Contents' }), new Element('w:docPartUnique')]),
        ]),
        new Element('w:sdtContent', {}, [...this.entries.map((e, i) => this.entry(e, i === 0)), new Paragraph({ children: [new TextRun({ children: [fieldChar('end')] })] })]),
      );
    }
    return super.prepForXml(context);
  }

  /**
   * "1. Introduction ........ 3": the heading's text, a tab (the TOC 1 and TOC 2 styles dot it to the right
   * margin of a portrait page), its page (a PAGEREF field).
   */
  private entry(e: Entry, first: boolean): Paragraph {
    const begin = new TextRun({ children: [fieldChar('begin', true), instruction('TOC \\h \\o "1-2"'), fieldChar('separate')] });
    const page = new TextRun({ children: [fieldChar('begin', true), instruction(`PAGEREF ${e.bookmark} \\h`), fieldChar('separate'), fieldChar('end')] });
    return new Paragraph({
      style: e.level === 1 ? 'TOC1' : 'TOC2',
      children: [...(first ? [begin] : []), new InternalHyperlink({ anchor: e.bookmark, children: [new TextRun({ children: [e.text, new Tab()] }), page] })],
    });
  }
}

/**
 * The headings of a document and the table listing them. Make every Heading 1 and 2 through `heading`, and
 * put `table()` where the contents go (before the headings or after: it lists them all).
 */
export class Contents {
  private readonly entries: Entry[] = [];

  /** A heading (Heading 1 or 2) with its entry in the table, bookmarked so the entry links to it. */
  heading(level: 1 | 2, text: string, opts: { pageBreak?: boolean } = {}): Paragraph {
    const bookmark = `_Toc${this.entries.length + 1}`;
    this.entries.push({ level, text, bookmark });
    return new Paragraph({
      style: level === 1 ? STYLE.heading1 : STYLE.heading2,
      pageBreakBefore: opts.pageBreak,
      children: [new Bookmark({ id: bookmark, children: [new TextRun(text)] })],
    });
  }

  /** The table, on a portrait page (its entries' styles dot them to that page's right margin). */
  table(alias: string): FileChild {
    return new ContentsBlock(alias, this.entries);
  }
}
