package cn.salescrm.service.customer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeywordPredicateTest {

    @Test
    void twoCharactersMatchAWholePair() {
        assertEquals("% 光电 %", KeywordPredicate.pairPattern("光电", 2));
    }

    @Test
    void oneCharacterMatchesTheStartOfAPair() {
        assertEquals("% 光%", KeywordPredicate.pairPattern("光", 1));
    }

    @Test
    void wildcardsInTheKeywordAreEscaped() {
        assertEquals("% \\_%", KeywordPredicate.pairPattern("_", 1));
        assertEquals("% \\%\\\\ %", KeywordPredicate.pairPattern("%\\", 2));
    }
}
