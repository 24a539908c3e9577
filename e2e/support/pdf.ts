import type { Page } from "@playwright/test";

/** Pages in a PDF made by Chromium: one "/Type /Page" object per page (the page tree is "/Type /Pages"). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** The page as the browser prints it, on A4 unless told (Letter is wider and shorter). */
export async function pdfOf(page: Page, format: "A4" | "Letter" = "A4"): Promise<Buffer> {
  await page.emulateMedia({ media: "print" });
  return page.pdf({ format, printBackground: true, margin: { top: "12mm", bottom: "12mm", left: "12mm", right: "12mm" } });
}
