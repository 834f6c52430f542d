package cn.salescrm.service.directory;

import java.io.Serializable;

/**
 * A salesperson or merchandiser of the directory who has a login.
 *
 * @param merchandiser true for a merchandiser (跟单员), false for a salesperson
 */
public record DirectoryPerson(String login, String code, String name, boolean merchandiser)
        implements Serializable {
}
