//! Enums whose variants each have a key: the word a content file, an attribute or a
//! URL uses for it. One list per enum gives the variants, their keys and `ALL`, so no
//! key can be spelled twice and no `ALL` can be miscounted or miss a variant.

/// What every `keyed!` enum is: its variants, and each one's key.
pub trait Keyed: Copy + 'static {
    fn all() -> &'static [Self];
    fn key(self) -> &'static str;
}

/// ```
/// content::keyed! {
///     /// What a figure counts.
///     pub enum Measure { Killed = "killed", KilledWounded = "killed-wounded" }
/// }
/// assert_eq!(Measure::ALL, [Measure::Killed, Measure::KilledWounded]);
/// assert_eq!(Measure::from_key("killed-wounded"), Some(Measure::KilledWounded));
/// assert_eq!(Measure::Killed.key(), "killed");
/// ```
#[macro_export]
macro_rules! keyed {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$variant_meta:meta])* $variant:ident = $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $name {
            $($(#[$variant_meta])* $variant),+
        }

        impl $name {
            /// Every variant, in the order declared.
            pub const ALL: [$name; [$($key),+].len()] = [$($name::$variant),+];

            /// The word that names it in content files and in the page.
            pub const fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key),+
                }
            }

            /// The variant `key` names, if any.
            pub fn from_key(key: &str) -> Option<$name> {
                $name::ALL.into_iter().find(|variant| variant.key() == key)
            }

            /// Where it is in `ALL`.
            pub fn index(self) -> usize {
                self as usize
            }
        }

        impl $crate::Keyed for $name {
            fn all() -> &'static [Self] {
                &Self::ALL
            }

            fn key(self) -> &'static str {
                $name::key(self)
            }
        }
    };
}
