/**
 * The most one message to the backend may carry: 64 KiB (bytes of a file or request body, or
 * characters of text). An invitation file or readyroom: link larger than this is refused unread.
 */
export const MESSAGE_MAX_BYTES = 64 * 1024;
