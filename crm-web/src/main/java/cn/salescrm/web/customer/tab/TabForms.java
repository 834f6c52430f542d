package cn.salescrm.web.customer.tab;

/**
 * Client ids of the tabs' fields, so that a service's finding appears beside its field. Each tab's
 * content is an {@code f:subview} inside the tab view {@code detail:tabs}.
 */
final class TabForms {

    private static final String TABS = "detail:tabs:";

    private TabForms() {
    }

    /** Returns the client id of the field in the tab's subview, or null (a page message) if none is named. */
    static String clientId(String subview, String field) {
        return field == null ? null : TABS + subview + ":" + field;
    }
}
