package cn.salescrm.service.directory;

import java.io.Serializable;

/**
 * A salesperson as offered in a choice list: code, name, their merchandiser and sales region.
 */
public record SalespersonOption(long id, String code, String name, String merchandiserName, String regionName)
        implements Serializable {
}
