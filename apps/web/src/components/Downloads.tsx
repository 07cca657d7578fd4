import { exportUrl } from '../api';

/** "Download CSV" and "JSON" of a list, with the filters the list shows now (up to 500 rows). */
export function Downloads({
  path,
  filter,
  wat,
}: {
  path: string;
  filter: Record<string, string | number | boolean | undefined>;
  wat: string;
}) {
  const params = { ...filter, limiet: 500 };
  return (
    <p className="downloads">
      <a href={exportUrl(path, params, 'csv')} download>
        Download CSV<span className="sr-only"> van {wat}</span>
      </a>
      <a href={exportUrl(path, params, 'json')} download>
        Download JSON<span className="sr-only"> van {wat}</span>
      </a>
    </p>
  );
}
