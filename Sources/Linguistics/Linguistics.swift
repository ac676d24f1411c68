import KuuloCore
