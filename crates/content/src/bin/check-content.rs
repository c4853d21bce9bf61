//! `check-content [DIR]`: checks the content folder and prints each problem on one
//! line, `file:line: what to fix`. `./x build` runs it first so editors see these
//! lines rather than a compiler's build-script report.

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "content".to_owned());
    match content::parse::load(std::path::Path::new(&dir)) {
        Ok(content) => println!(
            "{dir}: ok ({} blocks, {} notes, {} estimates)",
            content.article.blocks.len(),
            content.article.notes.len(),
            content.casualties.estimates.len()
        ),
        Err(errors) => {
            for error in &errors {
                eprintln!("{error}");
            }
            eprintln!("{} problem(s) in {dir}/: nothing was built", errors.len());
            std::process::exit(1);
        }
    }
}
