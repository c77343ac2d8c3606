// Placeholder until the registry packer lands: writes an empty blob.
#include <fstream>
int main(int argc, char** argv) {
  if (argc < 3) return 2;
  std::ofstream(argv[2], std::ios::binary | std::ios::trunc);
  return 0;
}
