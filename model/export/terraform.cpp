#include "terraform.h"
namespace skydraft::exchange {
QByteArray Terraform::write(const Document &, QStringList *) { return {}; }
}
