/** AssertJ assertions for opgave values. */
package nl.opgave.test;
