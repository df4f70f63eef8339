fn main() {
    senda::start_guide();
}
