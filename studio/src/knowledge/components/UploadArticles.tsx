import { useRef, useState } from 'react';
import { ApiError, request } from '../../shared/api/graphql-transport';
import { appApi } from '../../shared/session/session-store';
import { UpsertArticleMutation } from '../api/operations';
import { ACCEPTED_FILES, articleFromFile } from '../helpers/article-file';

const MAX_BYTES = 1024 * 1024;

/** Upload Markdown (or HTML, text) files; each becomes an article, with a line saying how it went. */
export function UploadArticles({ onUploaded }: { onUploaded: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [results, setResults] = useState<{ name: string; ok: boolean; text: string }[]>([]);
  const [busy, setBusy] = useState(false);

  const upload = async (files: FileList | null) => {
    if (!files?.length) return;
    setBusy(true);
    const outcome: typeof results = [];
    for (const file of Array.from(files)) {
      try {
        if (file.size > MAX_BYTES) throw new Error(`${file.name}: over 1 MB; split it into several articles.`);
        const article = articleFromFile(file.name, await file.text());
        const { upsertArticle } = await request(appApi, UpsertArticleMutation, { input: article });
        outcome.push({ name: file.name, ok: true, text: `${file.name}: added “${upsertArticle.title}”` });
      } catch (error) {
        outcome.push({
          name: file.name,
          ok: false,
          text: error instanceof ApiError ? `${file.name}: ${error.message}` : error instanceof Error ? error.message : String(error),
        });
      }
    }
    setResults(outcome);
    setBusy(false);
    if (input.current) input.current.value = '';
    onUploaded();
  };

  return (
    <>
      <label className="upload">
        Upload Markdown files
        <input ref={input} type="file" accept={ACCEPTED_FILES} multiple disabled={busy} onChange={(event) => void upload(event.target.files)} />
      </label>
      {results.length > 0 && (
        <ul className="upload-results" role="status" aria-label="Upload results">
          {results.map((result) => (
            <li key={result.name} className={result.ok ? 'ok' : 'error'}>
              {result.text}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
