/** The chapter a section belongs to: "III" for "III.C.2", null outside the chapters. */
export function chapterOf(section: string | null | undefined): string | null {
  return section ? section.split('.')[0] : null;
}
