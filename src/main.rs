fn main() {
    senda::start();
}
