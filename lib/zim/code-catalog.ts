// Every ZIM server return code this app knows (ZEGO's return-code tables, README.md here), in our own
// words: what it means, what to do, and whether sending the same thing again can help.

/** How the code reference groups codes. */
export type CodeCategory =
  | "success"
  | "gateway"
  | "general"
  | "rate-limit"
  | "user"
  | "friend"
  | "blacklist"
  | "room"
  | "group"
  | "message"
  | "call"
  | "conversation";

export type CodeEntry = {
  code: number;
  category: CodeCategory;
  meaning: string;
  action: string;
  /** True when the same request, sent again later or re-signed, may succeed. */
  retryable: boolean;
  /** The meaning when the code comes as a per-user SubCode, where it differs from the Code's. */
  asSubCode?: string;
  /** True for a code ZEGO's documentation does not list: nothing is known of it, retrying included. */
  unknown?: boolean;
};

type Row = [code: number, meaning: string, action: string, retryable?: boolean];

function group(category: CodeCategory, rows: Row[]): CodeEntry[] {
  return rows.map(([code, meaning, action, retryable = false]) => ({ code, category, meaning, action, retryable }));
}

const ENTRIES: CodeEntry[] = [
  ...group("success", [[0, "Success.", "Nothing to do."]]),
  ...group("general", [
    [1, "The server was busy and did not handle the request.", "Wait a moment and send again.", true],
    [2, "A request parameter was rejected by the gateway.", "Check the parameters, then send again."],
    [3, "Authentication failed at the service.", "Contact ZEGO support with the RequestId."],
    [50014, "Login failed: UserName is longer than 256 bytes.", "Shorten UserName."],
    [
      51102,
      "The user does not exist: they have never logged in to ZIM.",
      "Have the user log in once, or register them with UserRegister.",
    ],
    [105001, "The service failed on a database error.", "Send again later; if it persists, contact ZEGO support.", true],
    [
      660000001,
      "Generic server error; for batch calls, also used when targets failed for different reasons.",
      "Read the per-user SubCodes; otherwise send again later or contact support.",
      true,
    ],
    [
      660000002,
      "A parameter is missing, malformed or outside its allowed characters.",
      "Fix the parameter named in the error (IDs: letters, digits and the allowed symbols).",
    ],
    [
      660000003,
      "The server failed while processing the logic of the request.",
      "Send again later; if it persists, contact ZEGO support.",
      true,
    ],
    [660000011, "Too many users in the list: more than 50 in one call.", "Split the list into calls of at most the batch limit."],
    [660000012, "A user ID is longer than 32 bytes (UTF-8).", "Shorten the ID; multibyte characters count several bytes each."],
    [
      660000013,
      "Undocumented code seen in ZEGO's UpdateFriendsAlias example.",
      "Check the request against the documentation; contact support with the RequestId.",
    ],
  ]),
  ...group("gateway", [
    [100000000, "The host in the request URL is wrong.", "Use a ZIM host such as zim-api.zego.im."],
    [100000001, "AppId is missing or not a decimal number.", "Check ZEGO_APP_ID: the numeric App ID from the console."],
    [100000002, "The Timestamp parameter is missing.", "Send Timestamp: the current Unix time in seconds."],
    [100000003, "The Timestamp parameter is not an integer.", "Send Unix seconds as a plain decimal integer."],
    [
      100000004,
      "The signature has expired: Timestamp is more than 10 minutes from the server's clock.",
      "Fix this machine's clock, then send again (a fresh signature is made per call).",
      true,
    ],
    [
      100000005,
      "The signature does not match: MD5(AppId + nonce + ServerSecret + Timestamp) differs.",
      "Check that ZEGO_SERVER_SECRET belongs to this AppId; re-sign and send again.",
    ],
    [100000006, "The Action parameter is missing.", "Add Action to the query string."],
    [100000007, "The Action is not one this service supports.", "Check the Action's spelling (plural vs singular names differ)."],
    [100000008, "The SignatureNonce parameter is missing.", "Send a fresh random nonce (16 hex characters)."],
    [100000009, "The Signature parameter is missing.", "Send the signature in the query string."],
    [
      100000010,
      "The server could not find a ServerSecret for this AppId.",
      "Check the AppId; if it is right, contact ZEGO support.",
    ],
    [
      100000011,
      "The server could not load the app's configuration.",
      "Send again later; if it persists, contact ZEGO support.",
      true,
    ],
    [100000012, "The server could not read the HTTP body.", "Send again; if it persists, contact ZEGO support.", true],
    [100000013, "The SignatureVersion parameter is missing.", "Send SignatureVersion=2.0."],
    [100000014, "This SignatureVersion is not supported.", "Send SignatureVersion=2.0."],
    [100000015, "The gateway failed internally.", "Send again later; if it persists, contact ZEGO support.", true],
    [100000016, "The app has no production environment configured.", "Check the AppId's environment in the ZEGO console."],
    [100000017, "The app does not have this service enabled.", "Ask ZEGO support to enable In-app Chat for the AppId."],
  ]),
  ...group("rate-limit", [
    [7, "More requests per second than the system allows (gateway overload).", "Slow down and send again.", true],
    [
      660300005,
      "More calls per second than the AppID-level limit (20/s) allows.",
      "Wait a second and send again; spread calls out.",
      true,
    ],
    [
      660300006,
      "More calls per second than the group- or room-level limit allows.",
      "Wait and send again; spread calls out.",
      true,
    ],
    [660500003, "SendMessageToAllUsers rate limit (1/s, 100 per day by default).", "Wait and send again.", true],
    [660600004, "QueryGroupMemberList rate limit (20/s).", "Wait and send again.", true],
    [660600005, "KickoutGroupUser rate limit (20/s).", "Wait and send again.", true],
    [660600007, "QueryAppGroupList rate limit (1/s).", "Wait and send again.", true],
    [660600010, "CreateGroup rate limit (20/s).", "Wait and send again.", true],
    [660700001, "UserRegister rate limit (20/s).", "Wait and send again.", true],
  ]),
  ...group("user", [
    [
      660200001,
      "The user ID is unknown, logged out, or registered on the server but never logged in.",
      "Check the ID; a server-registered user must log in before showing online.",
    ],
    [660500002, "FromUserId is not registered.", "Register FromUserId with UserRegister, or have them log in once."],
    [660700002, "The user is already registered.", "Nothing to do; the user exists."],
    [660700006, "UserName is longer than 256 bytes.", "Shorten UserName."],
    [660700007, "UserAvatar is longer than 500 bytes.", "Shorten the avatar URL."],
    [660700008, "The server could not read this user's information (bad user ID).", "Check the user ID."],
    [660700012, "The user does not exist.", "Register the user first."],
    [660700013, "The server failed while querying user information.", "Send again later.", true],
    [
      660700015,
      "Not registered: as a Code, FromUserId; as a SubCode, that target user.",
      "Register the user in question, or have them log in once.",
    ],
    [660700016, "The server failed to sync user information.", "Send again later.", true],
    [660700017, "The server failed to update user information.", "Send again later.", true],
  ]),
  ...group("friend", [
    [
      660800019,
      "More targets in one call than the AppID's batch limit (20 by default, up to 50 via support).",
      "Send fewer targets per call.",
    ],
    [660800020, "A target UserId is the same as FromUserId: nobody can befriend themselves.", "Remove that target."],
    [660800021, "FriendAlias or Wording is longer than 256 characters.", "Shorten the text."],
    [660800022, "The same user ID appears more than once; only its first occurrence was processed.", "Remove the repeated ID."],
    [660800023, "An attribute Key is not one of k0, k1, k2, k3, k4.", "Use only the keys k0 to k4."],
    [
      660800024,
      "Attribute keys and values together are longer than 1024 bytes.",
      "Shorten the values (bytes are counted in UTF-8).",
    ],
    [660800025, "None of the target users is registered, so the whole call failed.", "Register the targets, or check the IDs."],
    [
      660800026,
      "The Attributes parameter is malformed: not a list, more than 5 items, or an item without a string Key or Value.",
      "Send at most 5 attributes, each with a string Key and Value.",
    ],
    [660800027, "The target is already in FromUserId's friend list: no request is needed.", "Nothing to do."],
    [
      660800028,
      "FromUserId already has the maximum number of friends (3000).",
      "Remove friends before adding more; retrying will not help.",
    ],
    [660800030, "The do-not-disturb list is over its limit (500 by default, up to 1000).", "Remove entries first."],
    [660800032, "The same attribute Key appears twice for one target.", "Use each key once."],
    [660800033, "FromUserId appears in its own UserIds list.", "Remove FromUserId from the list."],
    [660800034, "The target is not FromUserId's friend.", "Check the relation first (CheckFriendsRelation)."],
    [
      660800046,
      "A supplied CreateTime or UpdateTime is later than the server's current time.",
      "Leave it empty (0 means now) or use a past time in milliseconds.",
    ],
  ]),
  ...group("blacklist", [
    [660800037, "The user is already on the blacklist.", "Nothing to do."],
    [660800038, "FromUserId cannot block or unblock itself.", "Remove FromUserId from the list."],
    [660800039, "Too many users in the blacklist call.", "Send fewer users per call."],
    [660800040, "FromUserId's blacklist is full.", "Unblock some users first."],
    [660800041, "Blocking failed for every user; see ErrList.", "Read the per-user codes."],
    [660800042, "Unblocking failed for every user; see ErrList.", "Read the per-user codes."],
    [660800043, "The user has already been removed from the blacklist.", "Nothing to do."],
    [660800044, "The user is not on the blacklist.", "Nothing to do."],
    [660800045, "The receiver has blocked the sender.", "Nothing to do from the sender's side."],
  ]),
  ...group("room", [
    [660300001, "The room does not exist.", "Check the room ID."],
    [660300002, "The user is not in the room.", "Check membership."],
    [660300007, "The server failed to load the room.", "Send again later.", true],
    [660300008, "The room's user list is empty (room is being destroyed).", "Wait, or use another room."],
    [660300012, "The user is not in the specified room.", "Check membership."],
    [660300014, "The room already exists.", "Use another room ID."],
    [660300015, "Too many rooms.", "Close rooms first."],
  ]),
  ...group("group", [
    [660600001, "The group does not exist.", "Check the group ID."],
    [660600003, "Querying the group member list failed.", "Send again later.", true],
    [660600006, "Querying the group list failed.", "Send again later.", true],
    [660600008, "The user to remove is not in the group.", "Check membership."],
    [660600009, "Could not load the group's information; it may not exist.", "Check the group ID."],
    [660600011, "The group already exists.", "Use another group ID."],
    [660600012, "Too many groups for the plan.", "Dismiss groups or upgrade the plan."],
    [660600013, "The group owner does not exist.", "Register the owner first."],
    [660600014, "Updating the owner's group list failed.", "Send again later.", true],
    [660600015, "The server failed on a database operation.", "Send again later.", true],
    [660600016, "Too many members at group creation (100 at most).", "Create with fewer members, then add the rest."],
    [660600017, "A user failed to join while the group was being created.", "Add that user again."],
    [660600019, "Too many group attributes (10 by default).", "Remove attributes first."],
    [660600020, "A group attribute key or value has the wrong length (key ≤16 B, value ≤1024 B).", "Shorten the key or value."],
    [660600021, "A parameter of the group message is wrong.", "Check the message parameters."],
    [660600022, "Fetching the redirect address of a media message failed.", "Send again later.", true],
    [660600023, "The group message is too long.", "Shorten the message."],
    [660600024, "The user is not in the group.", "Check membership."],
    [660600029, "The role cannot be set to 1.", "Use another role value."],
    [660600030, "FromUserId equals ToUserId.", "Use two different users."],
    [660600032, "FromUserId lacks permission: it must be the owner or an admin.", "Act as the owner or an admin."],
    [660600033, "The operation failed for every specified user.", "Read the per-user codes."],
  ]),
  ...group("message", [
    [660000022, "The message was not found: deleted or never existed.", "Check the message ID."],
    [660000023, "The message has already been recalled.", "Nothing to do."],
    [660000024, "The recall window has passed.", "The message can no longer be recalled."],
    [660000025, "IsBase64 is 1 but the signalling message is not base64.", "Encode the message, or set IsBase64 to 0."],
    [660000026, "The message to recall was not sent by FromUserId.", "Recall as the original sender."],
    [660000027, "Room message storage is off, so recall is impossible.", "Enable storage for the room."],
    [660000028, "The feature is not available on the free edition.", "Upgrade the plan."],
    [660400001, "The message is too large.", "Shorten the message."],
    [660500004, "The text moderation request failed.", "Send again later.", true],
    [660500005, "The text failed moderation.", "Change the text."],
    [660500006, "The image moderation request failed.", "Send again later.", true],
    [660500007, "The image failed moderation.", "Change the image."],
    [660500009, "The pre-send callback answered 2: the message is sent silently.", "Check the callback's rules."],
    [660500010, "The pre-send callback answered 3: the message is not sent.", "Check the callback's rules."],
    [661000001, "The edit window has passed.", "The message can no longer be edited."],
    [661000005, "Editing the message failed.", "Send again later.", true],
  ]),
  ...group("conversation", [
    [660800001, "Pinning a 1:1 conversation failed: the ConvId user is not registered.", "Register the user first."],
    [
      660800002,
      "Clearing unread failed: the conversation is missing or not among the latest 1000.",
      "Check the conversation ID.",
    ],
    [660800048, "The pinned list is over 100 (not configurable).", "Unpin conversations first."],
    [660800051, "The conversation is already muted.", "Nothing to do."],
    [660800052, "The conversation is already unmuted.", "Nothing to do."],
    [660800053, "Querying the conversation list failed.", "Send again later.", true],
  ]),
  ...group("call", [
    [660900003, "Every callee must be registered.", "Register the callees first."],
    [660900004, "The call information is wrong.", "Check the call ID."],
    [660900005, "The call has ended.", "Start a new call."],
    [660900006, "The invitation timed out.", "Invite again."],
    [660900007, "Too many callees.", "Invite fewer users."],
    [660900008, "The call has no user in the inviting state.", "Check the call."],
  ]),
];

const SUBCODE_MEANINGS: Record<number, string> = {
  660700015: "This target user is not registered: they never logged in and were not created with UserRegister.",
};

export const CODE_CATALOG: ReadonlyMap<number, CodeEntry> = new Map(
  ENTRIES.map((entry) => [entry.code, { ...entry, asSubCode: SUBCODE_MEANINGS[entry.code] }]),
);

export function describeCode(code: number): CodeEntry {
  return (
    CODE_CATALOG.get(code) ?? {
      code,
      category: code >= 100000000 && code < 100000100 ? "gateway" : "general",
      meaning: "A code this app does not know; ZEGO's documentation does not list it.",
      action: "Contact ZEGO support with the RequestId.",
      retryable: false,
      unknown: true,
    }
  );
}

/** Whether sending again can help, in words; for an unknown code the app does not pretend to know. */
export function retryAdvice(entry: CodeEntry): string {
  if (entry.unknown) return "Whether retrying helps is unknown: this app has no record of this code.";
  return entry.retryable ? "Retrying can help." : "Retrying the same call will not help.";
}
