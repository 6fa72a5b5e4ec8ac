import { SCHEME_LABELS } from '@/lib/model/labels';
import type { SchemeId, Version } from '@/lib/model/types';

interface CityEntry {
  label: string;
  schemes: Map<SchemeId, Version[]>;
}

/** The versions by city, then scheme, in the order the page lists them. */
function byCity(versions: readonly Version[]): CityEntry[] {
  const cities = new Map<string, CityEntry>();
  for (const v of versions) {
    const city = cities.get(v.city) ?? { label: v.cityLabel, schemes: new Map() };
    city.schemes.set(v.scheme, [...(city.schemes.get(v.scheme) ?? []), v]);
    cities.set(v.city, city);
  }
  return [...cities.values()];
}

/** The sources page's contents: a link to every version, under its city and scheme. */
export function Contents({ versions }: { versions: readonly Version[] }) {
  return (
    <nav aria-labelledby="toc-title" className="mt-6">
      <h2 id="toc-title" className="text-xl font-bold">
        目录
      </h2>
      <ul className="mt-2 space-y-3">
        {byCity(versions).map((city) => (
          <li key={city.label}>
            <p className="font-semibold">{city.label}</p>
            <ul className="list-disc pl-6">
              {[...city.schemes].map(([scheme, list]) => (
                <li key={scheme}>
                  {SCHEME_LABELS[scheme]}：
                  {list.map((v) => (
                    <a key={v.id} href={`#${v.id}`} className="mr-3 inline-flex min-h-11 items-center underline underline-offset-4">
                      {v.title}
                    </a>
                  ))}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
