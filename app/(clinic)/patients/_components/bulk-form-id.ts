/** The bulk form's id: the list's "Choose" checkboxes join it through their `form` attribute. Its own module, as server and client code both read it. */
export const BULK_FORM_ID = "bulk-assign";
