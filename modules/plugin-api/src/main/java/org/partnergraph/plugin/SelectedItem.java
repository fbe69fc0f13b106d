package org.partnergraph.plugin;

/**
 * Something that can be selected: a node, or one of the editable relationships, by ids.
 *
 * @since 1.0
 */
public sealed interface SelectedItem {

    /**
     * A partner, group, theme, objective, indicator, area or initiative.
     *
     * @param id the node's id ({@code hertfordshire:public-health})
     * @since 1.0
     */
    record NodeRef(String id) implements SelectedItem {}

    /**
     * A partner's influence rating on an objective.
     *
     * @since 1.0
     */
    record InfluenceRef(String partnerId, String objectiveId) implements SelectedItem {}

    /**
     * A row of an engagement tracker.
     *
     * @since 1.0
     */
    record RelationshipRef(String fromId, String toId) implements SelectedItem {}

    /**
     * A partner's membership of a group.
     *
     * @since 1.0
     */
    record MembershipRef(String partnerId, String groupId) implements SelectedItem {}

    /**
     * Shorthand for a node.
     *
     * @since 1.0
     */
    static SelectedItem node(String id) {
        return new NodeRef(id);
    }
}
