/** Reading and writing opgave values. */
package nl.opgave.io;
