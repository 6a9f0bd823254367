package nl.opgave.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of opgave: a package-private {@code FooDef} generates the public value {@code Foo}.
 * Generated classes carry no annotation found on the class path ({@code allowedClasspathAnnotations} names only
 * {@code Override}, which is always applied): Immutables would otherwise mark them {@code @Generated} from its
 * annotation jar, which is compile-only here, and a host compiling with {@code -Xlint:all -Werror} would fail on
 * the missing class.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    jdkOnly = true,
    jdk9Collections = false,
    depluralize = true,
    strictBuilder = false,
    allParameters = false,
    defaults = @Value.Immutable(copy = true),
    throwForInvalidImmutableState = InvalidValueException.class,
    throwForNullPointer = InvalidValueException.class,
    allowedClasspathAnnotations = {Override.class})
public @interface OpgaveStyle {}
