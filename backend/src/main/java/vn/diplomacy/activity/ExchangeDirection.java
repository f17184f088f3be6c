package vn.diplomacy.activity;

/** A congratulatory message or a gift: sent (given) by the office's side, or received. */
public enum ExchangeDirection {
    SENT,
    RECEIVED
}
