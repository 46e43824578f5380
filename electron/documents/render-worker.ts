/**
 * The rendering thread: lays out a report model and packs it to .docx bytes, so a long document never holds
 * up the main process, which keeps answering every other call meanwhile.
 */
import { parentPort } from 'node:worker_threads';
import { Packer } from 'docx';
import type { DocumentModel } from '../../shared/documents/document-model';
import { layoutDocument } from './layout';

export interface RenderJob {
  id: number;
  model: DocumentModel;
}

export type RenderReply = { id: number; ok: true; title: string; data: Uint8Array } | { id: number; ok: false; message: string };

parentPort?.on('message', (job: RenderJob) => {
  void (async () => {
    try {
      const { doc, title } = layoutDocument(job.model);
      // A copy of its own, so its memory moves to the main thread instead of being copied again.
      const data = new Uint8Array(await Packer.toBuffer(doc));
      parentPort?.postMessage({ id: job.id, ok: true, title, data } satisfies RenderReply, [data.buffer]);
    } catch (err) {
      parentPort?.postMessage({ id: job.id, ok: false, message: err instanceof Error ? (err.stack ?? err.message) : String(err) } satisfies RenderReply);
    }
  })();
});
