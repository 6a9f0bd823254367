/**
 * Internal: the token reader and writer that opgave's codecs are written against, and the adapters from Jackson's
 * streaming API to them. Exported only to opgave's own modules; not API, it changes without notice.
 */
package nl.opgave.io.internal;
