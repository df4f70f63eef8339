//! The split step of Senda's build (tools/wasm-split.mjs runs it): cuts the
//! linker's wasm at the `wasm_split` points of src/shell/screens.rs into
//! `<out-name>.wasm`, one wasm per chunk and the chunk loader, as
//! wasm-split-cli does, and prints on standard output, as JSON, the files
//! each split point's first use loads (`{"journal": ["chunk_5", …,
//! "split_journal"]}`). The build reads that table instead of reading it
//! back out of the generated loader.
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output, out_name] = args.as_slice() else {
        eprintln!("usage: senda-split <linked.wasm> <output folder> <out-name>");
        return ExitCode::FAILURE;
    };
    match split(Path::new(input), Path::new(output), out_name) {
        Ok(table) => {
            println!("{table}");
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("senda-split: {problem}");
            ExitCode::FAILURE
        }
    }
}

fn split(input: &Path, output: &Path, out_name: &str) -> Result<String, String> {
    let wasm = std::fs::read(input).map_err(|error| format!("{}: {error}", input.display()))?;
    let main_out = output.join(format!("{out_name}.wasm"));
    // wasm-bindgen names the bound main module's JS `<out-name>.js`; the
    // chunks import the main module's exports from it.
    let main_module = format!("./{out_name}.js");
    let mut options = wasm_split_cli_support::Options::new(&wasm);
    options.output_dir = output;
    options.main_out_path = &main_out;
    options.main_module = &main_module;
    options.target.web();
    let split = wasm_split_cli_support::transform(options).map_err(|error| format!("{error:#}"))?;
    if split.prefetch_map.is_empty() {
        return Err("no split points found".into());
    }
    let sorted: std::collections::BTreeMap<_, _> = split.prefetch_map.into_iter().collect();
    serde_json::to_string(&sorted).map_err(|error| error.to_string())
}
