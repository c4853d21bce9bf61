//! `check-content [--publish] [DIR]`: checks the content folder and prints each problem
//! on one line, `file:line: what to fix`. `./x build` runs it first so editors see these
//! lines before anything is built. A placeholder canonical address is a warning, and
//! with `--publish` (`./x build --publish`) a problem. A translation in a folder named
//! for its locale (`content/ru/`) is checked against the English too.

use std::path::Path;

fn main() {
    let args = std::env::args().skip(1);
    let (mut publish, mut dir) = (false, None);
    for arg in args {
        match arg.as_str() {
            "--publish" => publish = true,
            option if option.starts_with('-') => usage(&format!("unknown option {option}")),
            folder if dir.is_none() => dir = Some(folder.to_owned()),
            _ => usage("one content folder only"),
        }
    }
    let dir = dir.unwrap_or_else(|| "content".to_owned());
    let dir_path = Path::new(&dir);
    let content = content::parse::load(dir_path).unwrap_or_else(|errors| {
        for error in &errors {
            eprintln!("{error}");
        }
        eprintln!("{} problem(s) in {dir}/: nothing was built", errors.len());
        std::process::exit(1);
    });
    let mut failed = false;
    for locale in content::Locale::ALL {
        let translation = dir_path.join(locale.key());
        if !translation.is_dir() {
            continue;
        }
        match content::parse::load_translated(dir_path, &translation) {
            Ok(edition) => println!(
                "{}: ok ({} blocks, {} notes, {} quotations files checked)",
                translation.display(),
                edition.article.blocks.len(),
                edition.article.notes.len(),
                content::parse::QUOTATIONS_FILES
                    .iter()
                    .filter(|name| translation.join(name).is_file())
                    .count()
            ),
            Err(errors) => {
                for error in &errors {
                    eprintln!("{error}");
                }
                eprintln!(
                    "{} problem(s) in {}/: nothing was built",
                    errors.len(),
                    translation.display()
                );
                failed = true;
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
    if let Some(placeholder) = content::parse::placeholder_address(dir_path) {
        if publish {
            eprintln!("{placeholder}");
            eprintln!("not published: nothing was built");
            std::process::exit(1);
        }
        eprintln!("warning: {placeholder}");
    }
    println!(
        "{dir}: ok ({} blocks, {} notes, {} estimates)",
        content.article.blocks.len(),
        content.article.notes.len(),
        content.casualties.estimates.len()
    );
}

fn usage(problem: &str) -> ! {
    eprintln!("check-content: {problem}\nusage: check-content [--publish] [DIR]");
    std::process::exit(2);
}
