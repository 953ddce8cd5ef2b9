// Replaced as the layer fills in.
namespace {
[[maybe_unused]] int placeholder = 0;
}
