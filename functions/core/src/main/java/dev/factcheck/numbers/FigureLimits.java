package dev.factcheck.numbers;

import java.math.BigDecimal;

/**
 * The range of numbers the product accepts anywhere a figure enters it (article text, reference
 * facts, stored items): at most {@value #MAX_SIGNIFICANT_DIGITS} significant digits and a decimal
 * exponent within ±{@value #MAX_EXPONENT}. No real figure comes near (a trillion dollars is 10^12);
 * beyond them a {@link BigDecimal} such as {@code 1e999999999} is cheap to hold but can exhaust
 * memory or time as soon as it is printed, compared at scale or widened into bounds.
 *
 * <p>Significant digits are the digits of the unscaled value ({@link BigDecimal#precision()}:
 * {@code 14000} has 5, {@code 0.0045} has 2); the exponent is that of the first significant digit
 * ({@code 14000} → 4, {@code 0.0045} → −3). Both are computed without expanding the number.
 */
public final class FigureLimits {

    public static final int MAX_SIGNIFICANT_DIGITS = 40;
    public static final int MAX_EXPONENT = 30;

    private FigureLimits() {
    }

    /** Whether {@code value} has at most 40 significant digits and an exponent within ±30. */
    public static boolean within(BigDecimal value) {
        return problem(value) == null;
    }

    /**
     * Why {@code value} is outside the limits, in words fit for an error message ("more than 40
     * significant digits", "exponent beyond ±30"); null when it is within them.
     */
    public static String problem(BigDecimal value) {
        int digits = value.precision();
        if (digits > MAX_SIGNIFICANT_DIGITS) {
            return "more than " + MAX_SIGNIFICANT_DIGITS + " significant digits";
        }
        long exponent = (long) digits - value.scale() - 1;
        if (value.signum() != 0 && Math.abs(exponent) > MAX_EXPONENT) {
            return "exponent beyond \u00b1" + MAX_EXPONENT;
        }
        if (value.signum() == 0 && Math.abs((long) value.scale()) > MAX_EXPONENT) {
            return "exponent beyond \u00b1" + MAX_EXPONENT; // 0E+999999999 prints a billion zeros
        }
        return null;
    }

    /**
     * Whether a number written as decimal digits ({@code integer} "." {@code fraction}, no signs or
     * separators) fits the limits, checked on the characters before anything is parsed.
     */
    public static boolean within(CharSequence integer, CharSequence fraction) {
        int length = integer.length() + fraction.length();
        int firstNonZero = 0;
        while (firstNonZero < length && digitAt(integer, fraction, firstNonZero) == '0') {
            firstNonZero++;
        }
        if (firstNonZero == length) {
            return fraction.length() <= MAX_EXPONENT; // zero, written with at most 30 decimals
        }
        int digits = length - firstNonZero;
        long exponent = (long) integer.length() - 1 - firstNonZero;
        return digits <= MAX_SIGNIFICANT_DIGITS && Math.abs(exponent) <= MAX_EXPONENT;
    }

    private static char digitAt(CharSequence integer, CharSequence fraction, int i) {
        return i < integer.length() ? integer.charAt(i) : fraction.charAt(i - integer.length());
    }
}
