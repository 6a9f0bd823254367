/**
 * Print-ready PDF of a World Café: one A4 card per table, route cards eight to an A4 sheet, and an A3 wall plan,
 * set in an embedded DejaVu Sans.
 */
package nl.opgave.pdf;
