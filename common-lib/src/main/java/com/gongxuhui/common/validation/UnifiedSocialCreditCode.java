package com.gongxuhui.common.validation;

import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters — registration authority
 * (1 char), organisation category (1), administrative division (6 digits), organisation code (9), check
 * character (1) — from an alphabet without I, O, Z, S and V.
 */
public final class UnifiedSocialCreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String AUTHORITIES = "123456789ABCDEFGY";

    private UnifiedSocialCreditCode() {
    }

    /** Why the code is malformed, or empty when it is well formed; {@code checkCharacter=false} skips the check. */
    public static Optional<String> problem(String code, boolean checkCharacter) {
        if (code == null || code.length() != 18) {
            return Optional.of("length");
        }
        for (char c : code.toCharArray()) {
            if (ALPHABET.indexOf(c) < 0) {
                return Optional.of("character");
            }
        }
        if (AUTHORITIES.indexOf(code.charAt(0)) < 0) {
            return Optional.of("authority");
        }
        if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return Optional.of("division");
        }
        if (checkCharacter && code.charAt(17) != checkCharacterOf(code)) {
            return Optional.of("check");
        }
        return Optional.empty();
    }

    /** A well-formed code with a random organisation code and the right check character (demo and test data). */
    public static String random(String authorityCategoryAndDivision) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder(authorityCategoryAndDivision);
        while (code.length() < 17) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.append(checkCharacterOf(code.toString())).toString();
    }

    /** The check character of the first 17 characters. */
    public static char checkCharacterOf(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
