/** An id as the app makes them (src/lib/server/ids.ts): 16 characters of lower-case base32. */
export const ID_PATTERN = /^[0-9a-z]{16}$/;
