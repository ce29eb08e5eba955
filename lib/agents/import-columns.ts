/** The import template's columns, in order (pure: the browser builds the template from it). */
export const IMPORT_COLUMNS = [
  'name',
  'email',
  'phonenumber',
  'password',
  'extension',
  'is_webrtc',
  'did_num',
  'permission_group',
] as const;

export const REQUIRED_COLUMNS = ['name', 'email', 'phonenumber', 'password'] as const;

export const MAX_IMPORT_ROWS = 500;
/** Rows per import call: the browser shows progress between calls. */
export const IMPORT_CHUNK = 10;
