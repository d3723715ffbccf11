// Generated from docs/PRIVACY.md by tests/unit/scripts/release/privacy.test.ts; do not edit by hand.
// After editing the Markdown: UPDATE_PRIVACY=1 npx vitest run tests/unit/scripts/release/privacy.test.ts
import type { Block } from '@/lib/content/types';

export const TITLE = "Tend’s privacy policy";

export const POLICY: readonly Block[] = [
  {
    "t": "p",
    "c": [
      {
        "t": "text",
        "v": "Tend keeps what it knows about you in your browser, on your device. It sends nothing to us or to anyone else: there is no Tend server, no account, no analytics, no advertising and no tracking."
      }
    ]
  },
  {
    "t": "h",
    "level": 2,
    "c": [
      {
        "t": "text",
        "v": "What Tend stores"
      }
    ]
  },
  {
    "t": "ul",
    "items": [
      [
        {
          "t": "p",
          "c": [
            {
              "t": "strong",
              "c": [
                {
                  "t": "text",
                  "v": "Your reading list"
                }
              ]
            },
            {
              "t": "text",
              "v": ": the items you saved, and when."
            }
          ]
        }
      ],
      [
        {
          "t": "p",
          "c": [
            {
              "t": "strong",
              "c": [
                {
                  "t": "text",
                  "v": "Your reading history"
                }
              ]
            },
            {
              "t": "text",
              "v": ": what you marked as read, and when."
            }
          ]
        }
      ],
      [
        {
          "t": "p",
          "c": [
            {
              "t": "strong",
              "c": [
                {
                  "t": "text",
                  "v": "What it has shown you"
                }
              ]
            },
            {
              "t": "text",
              "v": ": which items a new tab showed, and when, so that it does not repeat itself."
            }
          ]
        }
      ],
      [
        {
          "t": "p",
          "c": [
            {
              "t": "strong",
              "c": [
                {
                  "t": "text",
                  "v": "Your practice log"
                }
              ]
            },
            {
              "t": "text",
              "v": ": when you finished a breathing or grounding practice, which one, and how long it took."
            }
          ]
        }
      ],
      [
        {
          "t": "p",
          "c": [
            {
              "t": "strong",
              "c": [
                {
                  "t": "text",
                  "v": "Your own words"
                }
              ]
            },
            {
              "t": "text",
              "v": ": tips you wrote, notes you added to items, and the items you marked “Not for me”."
            }
          ]
        }
      ],
      [
        {
          "t": "p",
          "c": [
            {
              "t": "strong",
              "c": [
                {
                  "t": "text",
                  "v": "Your settings"
                }
              ]
            },
            {
              "t": "text",
              "v": ": for example the topics you chose, the theme, the text size and the pause reminder."
            }
          ]
        }
      ],
      [
        {
          "t": "p",
          "c": [
            {
              "t": "strong",
              "c": [
                {
                  "t": "text",
                  "v": "A copy of the next item and of your appearance settings"
                }
              ]
            },
            {
              "t": "text",
              "v": ", so that a new tab can show them at once."
            }
          ]
        }
      ],
      [
        {
          "t": "p",
          "c": [
            {
              "t": "strong",
              "c": [
                {
                  "t": "text",
                  "v": "A copy of the first screen of your reading list, Explore, history and the last item page you opened"
                }
              ]
            },
            {
              "t": "text",
              "v": " (the first rows’ titles and short excerpts, with your notes on them), so that those pages show at once. It is replaced as they change and removed with "
            },
            {
              "t": "strong",
              "c": [
                {
                  "t": "text",
                  "v": "Clear all data"
                }
              ]
            },
            {
              "t": "text",
              "v": "."
            }
          ]
        }
      ]
    ]
  },
  {
    "t": "p",
    "c": [
      {
        "t": "text",
        "v": "Tend does not know your name, your email address, where you are or which websites you visit. It never reads the pages you open."
      }
    ]
  },
  {
    "t": "h",
    "level": 2,
    "c": [
      {
        "t": "text",
        "v": "Where it is stored"
      }
    ]
  },
  {
    "t": "p",
    "c": [
      {
        "t": "text",
        "v": "Everything is stored in your browser’s storage for Tend, on this device. Other websites and other extensions cannot read it."
      }
    ]
  },
  {
    "t": "p",
    "c": [
      {
        "t": "text",
        "v": "Your settings are kept in your browser’s sync storage. If you have turned on sync in your browser (signed in to Chrome, or to a Mozilla account in Firefox), the browser copies your settings to your other browsers through your account, as it does for your bookmarks. Google’s or Mozilla’s privacy policy covers that copy, and Tend cannot see it. If you also turn on "
      },
      {
        "t": "strong",
        "c": [
          {
            "t": "text",
            "v": "Sync my saved items, notes, hidden items and my tips"
          }
        ]
      },
      {
        "t": "text",
        "v": " in Tend’s options (it is off until you do), the browser’s sync storage carries those too, the same way. Your reading history, what Tend has shown you and your practice log are never synced: they stay on this device."
      }
    ]
  },
  {
    "t": "h",
    "level": 2,
    "c": [
      {
        "t": "text",
        "v": "How long it is kept"
      }
    ]
  },
  {
    "t": "p",
    "c": [
      {
        "t": "text",
        "v": "Until you remove it. "
      },
      {
        "t": "strong",
        "c": [
          {
            "t": "text",
            "v": "Clear all data"
          }
        ]
      },
      {
        "t": "text",
        "v": " on the options page removes your reading list, reading history, practice log, your own tips, notes and hidden items, and settings at once. Removing Tend from your browser deletes everything Tend stored on this device."
      }
    ]
  },
  {
    "t": "h",
    "level": 2,
    "c": [
      {
        "t": "text",
        "v": "What leaves your device"
      }
    ]
  },
  {
    "t": "p",
    "c": [
      {
        "t": "text",
        "v": "Nothing, unless you choose it:"
      }
    ]
  },
  {
    "t": "ul",
    "items": [
      [
        {
          "t": "p",
          "c": [
            {
              "t": "text",
              "v": "Your settings, through your browser’s own sync, if you turned sync on in your browser."
            }
          ]
        }
      ],
      [
        {
          "t": "p",
          "c": [
            {
              "t": "text",
              "v": "Your saved items, notes, hidden items and tips, through the same sync, only if you also turned on sync in Tend’s options."
            }
          ]
        }
      ],
      [
        {
          "t": "p",
          "c": [
            {
              "t": "text",
              "v": "A file, if you export your data: it is saved where you choose, and no one else gets it."
            }
          ]
        }
      ],
      [
        {
          "t": "p",
          "c": [
            {
              "t": "text",
              "v": "A source’s website, if you open the link to it under an article: your browser visits that site like any link you click, under that site’s privacy policy."
            }
          ]
        }
      ]
    ]
  },
  {
    "t": "p",
    "c": [
      {
        "t": "text",
        "v": "Tend itself makes no network requests. All its reading, the help page and the crisis lines are part of Tend and work offline."
      }
    ]
  },
  {
    "t": "h",
    "level": 2,
    "c": [
      {
        "t": "text",
        "v": "Exporting and deleting your data"
      }
    ]
  },
  {
    "t": "p",
    "c": [
      {
        "t": "text",
        "v": "On the options page, under "
      },
      {
        "t": "strong",
        "c": [
          {
            "t": "text",
            "v": "Your data"
          }
        ]
      },
      {
        "t": "text",
        "v": ":"
      }
    ]
  },
  {
    "t": "ul",
    "items": [
      [
        {
          "t": "p",
          "c": [
            {
              "t": "strong",
              "c": [
                {
                  "t": "text",
                  "v": "Export my data"
                }
              ]
            },
            {
              "t": "text",
              "v": " saves one file with your reading list, what you have read, your practice log, your own tips, notes and hidden items, and your settings."
            }
          ]
        }
      ],
      [
        {
          "t": "p",
          "c": [
            {
              "t": "strong",
              "c": [
                {
                  "t": "text",
                  "v": "Import"
                }
              ]
            },
            {
              "t": "text",
              "v": " reads such a file back, here or in another browser. Nothing changes until you confirm."
            }
          ]
        }
      ],
      [
        {
          "t": "p",
          "c": [
            {
              "t": "strong",
              "c": [
                {
                  "t": "text",
                  "v": "Clear all data"
                }
              ]
            },
            {
              "t": "text",
              "v": " removes everything Tend stored, after asking you."
            }
          ]
        }
      ]
    ]
  },
  {
    "t": "h",
    "level": 2,
    "c": [
      {
        "t": "text",
        "v": "Permissions"
      }
    ]
  },
  {
    "t": "ul",
    "items": [
      [
        {
          "t": "p",
          "c": [
            {
              "t": "strong",
              "c": [
                {
                  "t": "text",
                  "v": "Storage"
                }
              ]
            },
            {
              "t": "text",
              "v": ": to keep your reading list, history and settings."
            }
          ]
        }
      ],
      [
        {
          "t": "p",
          "c": [
            {
              "t": "strong",
              "c": [
                {
                  "t": "text",
                  "v": "Notifications"
                }
              ]
            },
            {
              "t": "text",
              "v": " (and, in Chrome, "
            },
            {
              "t": "strong",
              "c": [
                {
                  "t": "text",
                  "v": "alarms"
                }
              ]
            },
            {
              "t": "text",
              "v": "): only for the pause reminder, which is off until you turn it on. Tend asks for them then. Firefox does not let an extension ask for alarms later, so in Firefox Tend has it from the start; it lets Tend schedule the reminder and reaches nothing outside your browser."
            }
          ]
        }
      ]
    ]
  },
  {
    "t": "p",
    "c": [
      {
        "t": "text",
        "v": "Tend asks for no access to websites, your tabs, your browsing history or your bookmarks."
      }
    ]
  },
  {
    "t": "h",
    "level": 2,
    "c": [
      {
        "t": "text",
        "v": "Changes to this policy"
      }
    ]
  },
  {
    "t": "p",
    "c": [
      {
        "t": "text",
        "v": "If this policy changes, the new version comes with the update of Tend that changes it, and the change is listed in the changelog."
      }
    ]
  }
];
