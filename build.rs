//! Turns `content/` into static Rust data (`$OUT_DIR/content.rs`) for the page.
//! A content mistake stops the build with `file:line: what to fix`.

use std::path::Path;

fn main() {
    // REFUSENIKS_CONTENT lets a test build from another (broken) content folder.
    let dir = std::env::var("REFUSENIKS_CONTENT").unwrap_or_else(|_| "content".to_owned());
    let dir = Path::new(&dir);
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-env-changed=REFUSENIKS_CONTENT");
    match content::parse::load(dir) {
        Ok(content) => {
            let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"))
                .join("content.rs");
            std::fs::write(out, content::parse::to_rust(&content)).expect("OUT_DIR is writable");
        }
        Err(errors) => {
            for error in errors {
                eprintln!("{error}");
            }
            std::process::exit(1);
        }
    }
}
