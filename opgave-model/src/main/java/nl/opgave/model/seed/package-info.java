/** The movement's own data from the seed documents, for demos and tests. */
package nl.opgave.model.seed;
