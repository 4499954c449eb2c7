/** QueryFriendList's largest page, which the lookup asks for. */
export const FRIENDS_PER_PAGE_SHOWN = 100;
