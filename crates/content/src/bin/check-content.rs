//! `check-content [--publish] [DIR]`: checks the content folder and prints each problem
//! on one line, `file:line: what to fix`. `./x build` runs it first so editors see these
//! lines rather than a compiler's build-script report. A placeholder canonical address
//! is a warning, and with `--publish` (`./x build --publish`) a problem.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let publish = args.iter().any(|a| a == "--publish");
    let dir = args
        .into_iter()
        .find(|a| a != "--publish")
        .unwrap_or_else(|| "content".to_owned());
    let dir_path = std::path::Path::new(&dir);
    match content::parse::load(dir_path) {
        Ok(content) => {
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
            )
        }
        Err(errors) => {
            for error in &errors {
                eprintln!("{error}");
            }
            eprintln!("{} problem(s) in {dir}/: nothing was built", errors.len());
            std::process::exit(1);
        }
    }
}
