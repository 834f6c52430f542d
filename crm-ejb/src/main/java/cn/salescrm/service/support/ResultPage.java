package cn.salescrm.service.support;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a list and the number of items in the whole list.
 */
public record ResultPage<T extends Serializable>(List<T> rows, long total) implements Serializable {
}
