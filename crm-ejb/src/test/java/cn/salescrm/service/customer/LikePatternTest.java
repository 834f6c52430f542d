package cn.salescrm.service.customer;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fuzzy search's LIKE pattern: the user's text is taken literally.
 */
class LikePatternTest {

    @Test
    void plainTextIsWrapped() {
        assertEquals("%晶振%", CustomerQueryServiceBean.containsPattern("晶振"));
    }

    @Test
    void percentIsEscaped() {
        assertEquals("%50\\%%", CustomerQueryServiceBean.containsPattern("50%"));
    }

    @Test
    void underscoreIsEscaped() {
        assertEquals("%a\\_b%", CustomerQueryServiceBean.containsPattern("a_b"));
    }

    @Test
    void backslashIsEscapedFirst() {
        assertEquals("%a\\\\\\%%", CustomerQueryServiceBean.containsPattern("a\\%"));
    }

    @Test
    void surroundingSpaceIsTrimmed() {
        assertEquals("%S037%", CustomerQueryServiceBean.containsPattern("  S037 "));
    }
}
