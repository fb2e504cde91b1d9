#!/usr/bin/env python3
"""Copies the official code lists into cluster-model's resources and extracts the NUTS 2021 to
2024 correspondence, from the staged lists and Eurostat's workbook (see their README).

    python3 tools/code-lists/build.py [SHARED_DATA_DIR]

SHARED_DATA_DIR defaults to ../shared/data beside the repository. Standard library only; the
workbook is read with the staging area's own xlsx_reader.py. Run it again and `git diff` shows
nothing unless the sources changed.

What is copied, and what is changed:
* nuts-2021.csv, nuts-2024.csv, nace-rev2.csv: byte for byte.
* nace-rev2.1.csv: the same rows, but `title_de` left empty. Those German titles are Destatis's
  (WZ 2025), whose terms of reuse could not be confirmed (see the staging README); the library
  shows the English title where a German one is missing.
* nuts-2021-2024.csv (new): one row per region of NUTS 2021 that is not in NUTS 2024 under the
  same code, with each region that succeeds it, from the workbook's sheet "NUTS2021- NUTS2024".
  Rows that change a code name their successor; a run of discontinued regions (boundary shift,
  merge, split) followed by a run of new regions has every new region of the run as successor of
  every old one, as the sheet lists them.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TARGET = os.path.join(ROOT, 'cluster-model', 'src', 'main', 'resources', 'eu', 'clusterdata',
                      'model', 'codes')


def copy(source, target, blank=None):
    with open(source, newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f))
    if blank is not None:
        column = rows[0].index(blank)
        for row in rows[1:]:
            row[column] = ''
    with open(target, 'w', newline='', encoding='utf-8') as f:
        csv.writer(f, lineterminator='\n').writerows(rows)
    return len(rows) - 1


def correspondence(shared):
    sys.path.insert(0, os.path.join(shared, 'scripts'))
    from xlsx_reader import Workbook
    workbook = Workbook(os.path.join(shared, 'sources', 'eurostat-NUTS2021-NUTS2024.xlsx'))
    rows = []
    old, new, change = [], [], {}

    def close_run():
        for code in old:
            for successor in new:
                rows.append((code, successor, change[code]))
        old.clear()
        new.clear()

    for _, cells in list(workbook.rows('NUTS2021- NUTS2024'))[1:]:
        cells = cells + [''] * 12
        code2021, code2024, kind = cells[2].strip(), cells[3].strip(), cells[7].strip()
        if code2021 and code2024:
            close_run()
            if code2021 != code2024:
                rows.append((code2021, code2024, kind or 'Code change'))
        elif code2021:
            if new:
                close_run()
            old.append(code2021)
            change[code2021] = kind
        elif code2024:
            new.append(code2024)
    close_run()
    return rows


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, '..', 'shared', 'data')
    os.makedirs(TARGET, exist_ok=True)
    for name in ('nuts-2021.csv', 'nuts-2024.csv', 'nace-rev2.csv'):
        print(name, copy(os.path.join(shared, name), os.path.join(TARGET, name)))
    print('nace-rev2.1.csv', copy(os.path.join(shared, 'nace-rev2.1.csv'),
                                  os.path.join(TARGET, 'nace-rev2.1.csv'), blank='title_de'))
    rows = correspondence(shared)
    with open(os.path.join(TARGET, 'nuts-2021-2024.csv'), 'w', newline='', encoding='utf-8') as f:
        writer = csv.writer(f, lineterminator='\n')
        writer.writerow(('code_2021', 'code_2024', 'change'))
        writer.writerows(rows)
    print('nuts-2021-2024.csv', len(rows))


if __name__ == '__main__':
    main()
