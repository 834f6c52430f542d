package cn.salescrm.service.support;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fuzzy search's LIKE pattern: the user's text is taken literally.
 */
class LikePatternsTest {

    @Test
    void plainTextIsWrapped() {
        assertEquals("%晶振%", LikePatterns.contains("晶振"));
    }

    @Test
    void percentIsEscaped() {
        assertEquals("%50\\%%", LikePatterns.contains("50%"));
    }

    @Test
    void underscoreIsEscaped() {
        assertEquals("%a\\_b%", LikePatterns.contains("a_b"));
    }

    @Test
    void backslashIsEscapedFirst() {
        assertEquals("%a\\\\\\%%", LikePatterns.contains("a\\%"));
    }

    @Test
    void surroundingSpaceIsTrimmed() {
        assertEquals("%S037%", LikePatterns.contains("  S037 "));
    }
}
