import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A tiny, valid content folder for tests, with `overrides` replacing whole files (path -> text). */
export function writeLibraryFixture(overrides: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "backtrack-content-"));
  const files: Record<string, string> = {
    "guides/easy-back.md": `---
slug: easy-back
title: Easy back
summary: A short guide used in tests.
conditions: [LOW_BACK_PAIN]
readingLevel: 6
reviewed: 2026-11-24
reviewedBy: Test reviewer
nextReview: 2027-11-24
sources:
  - title: First test source
    publisher: Test publisher
    year: 2016
    url: https://example.org/first
  - title: Second test source
    publisher: Test publisher
    year: 2017
    url: https://example.org/second
  - title: Third test source
    publisher: Test publisher
    year: 2018
    url: https://example.org/third
redFlags: [BLADDER_BOWEL]
exercises: [tilt]
---

## What it is

Your back can hurt for a short time. It often gets better.

## What you can do today

- Walk a bit.
- Use heat.
`,
    "exercises/tilt.md": `---
slug: tilt
name: Tilt
bodyArea: lower-back
goals: [mobility]
equipment: [mat]
dose: { sets: 1, reps: 10, timesPerDay: 2, daysPerWeek: 7 }
acceptablePain: 3
conditions: [LOW_BACK_PAIN]
easier: null
harder: null
illustration: tilt.svg
---

## Steps

1. Lie on your back.
2. Tilt your hips.

## How it should feel

A gentle stretch.

## How much pain is OK

Pain up to 3 out of 10 is fine if it settles by the next morning.

## Stop and call your clinic if

- The pain goes down your leg.
`,
    "exercises/illustrations/tilt.svg": `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 140" role="img"><title>Lying on the back, knees bent</title><line x1="10" y1="130" x2="230" y2="130" stroke="currentColor"/></svg>`,
    ...overrides,
  };
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, relative)), { recursive: true });
    writeFileSync(path.join(dir, relative), text);
  }
  return dir;
}
