/* The physical limit for reading a capture with libpcap: pcap_next_ex over every packet, and
 * nothing else. A measuring stick for the benchmark, not part of the product. */
#include <pcap/pcap.h>
#include <stdio.h>

int main(int argc, char **argv) {
  char errbuf[PCAP_ERRBUF_SIZE];
  if (argc != 2) {
    fprintf(stderr, "usage: pcap_loop FILE\n");
    return 2;
  }
  pcap_t *handle = pcap_open_offline(argv[1], errbuf);
  if (handle == NULL) {
    fprintf(stderr, "%s\n", errbuf);
    return 1;
  }
  struct pcap_pkthdr *header;
  const u_char *data;
  unsigned long packets = 0, bytes = 0;
  while (pcap_next_ex(handle, &header, &data) == 1) {
    packets++;
    bytes += header->caplen;
  }
  printf("%lu packets, %lu bytes\n", packets, bytes);
  pcap_close(handle);
  return 0;
}
